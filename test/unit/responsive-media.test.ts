import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { makeMediaResponsive } from '../../src/lib/site/responsive-media';

const en = translatorFor('en');

const html = (tree: Root) => toHtml(tree);
const root = (...children: Element[]): Root => ({ type: 'root', children });

describe('tables on a phone', () => {
  it('labels every body cell with its column heading so the table can stack', () => {
    const tree = root(h('table', [
      h('thead', [h('tr', [h('th', 'Group by'), h('th', ['Good ', h('em', 'for')])])]),
      h('tbody', [h('tr', [h('td', 'Project'), h('td', 'Short invoices')]), h('tr', [h('td', { colSpan: 2 }, 'Everything')])]),
    ]));
    makeMediaResponsive(tree, en);
    expect(html(tree)).toBe(
      '<table class="stack-on-narrow"><thead><tr><th>Group by</th><th>Good <em>for</em></th></tr></thead>'
      + '<tbody><tr><td data-label="Group by">Project</td><td data-label="Good for">Short invoices</td></tr>'
      + '<tr><td colspan="2" data-label="Group by">Everything</td></tr></tbody></table>',
    );
  });

  it('leaves a table without a heading row as it is', () => {
    const tree = root(h('table', [h('tbody', [h('tr', [h('td', 'a')])])]));
    makeMediaResponsive(tree, en);
    expect(html(tree)).toBe('<table><tbody><tr><td>a</td></tr></tbody></table>');
  });
});

describe('comparison tables', () => {
  it('make the first column row headings when the corner heading is empty', () => {
    const tree = root(h('table', [
      h('thead', [h('tr', [h('th'), h('th', 'Monthly'), h('th', 'Prepaid')])]),
      h('tbody', [h('tr', [h('td', 'Billing'), h('td', 'Each month'), h('td', 'Up front')])]),
    ]));
    makeMediaResponsive(tree, en);
    expect(html(tree)).toBe(
      '<table class="stack-on-narrow"><thead><tr><td></td><th scope="col">Monthly</th><th scope="col">Prepaid</th></tr></thead>'
      + '<tbody><tr><th scope="row">Billing</th><td data-label="Monthly">Each month</td><td data-label="Prepaid">Up front</td></tr></tbody></table>',
    );
  });
});

describe('task lists', () => {
  it('label each checkbox with its item\'s words, up to a nested list', () => {
    const tree = root(h('ul', [
      h('li.task-list-item', [h('input', { type: 'checkbox', disabled: true }), ' Tell your ', h('em', 'team'), h('ul', [h('li', 'first')])]),
      h('li.task-list-item', [h('p', [h('input', { type: 'checkbox', checked: true, disabled: true }), ' Done'])]),
    ]));
    makeMediaResponsive(tree, en);
    expect(html(tree)).toBe(
      '<ul><li class="task-list-item"><label><input type="checkbox" disabled> Tell your <em>team</em></label><ul><li>first</li></ul></li>'
      + '<li class="task-list-item"><p><label><input type="checkbox" checked disabled> Done</label></p></li></ul>',
    );
  });
});

describe('images', () => {
  it('makes an image alone in its paragraph a figure that opens the full-size file, its title the caption', () => {
    const tree = root(h('p', ['\n', h('img', { src: '/images/flow.svg', alt: 'The flow', title: 'How an invoice moves' }), ' ']));
    makeMediaResponsive(tree, en);
    expect(html(tree)).toBe(
      '<figure class="figure"><a href="/images/flow.svg" class="figure-link"><img src="/images/flow.svg" alt="The flow">'
      + '<span class="figure-hint" data-pagefind-ignore>Open full size</span></a><figcaption>How an invoice moves</figcaption></figure>',
    );
  });

  it('leaves images inside text and images that already link somewhere', () => {
    const inline = root(h('p', ['See ', h('img', { src: '/a.svg', alt: 'a' }), ' here']));
    const linked = root(h('p', [h('a', { href: '/x/' }, [h('img', { src: '/a.svg', alt: 'a' })])]));
    const before = [html(inline), html(linked)];
    makeMediaResponsive(inline, en);
    makeMediaResponsive(linked, en);
    expect([html(inline), html(linked)]).toEqual(before);
  });
});
