/**
 * Every component MDX content can render, passed once by each page that renders writers' files
 * (articles, FAQ pages, questions and answers, and snippets inside them): writers use these
 * without an import. Which of them a writer may type, and with what props, is the allow-list in
 * src/schemas/content-components.ts; CodeBlock is ours only, given each code block by the
 * highlighting plugin.
 */
import SupportHours from '../SupportHours.astro';
import Badge from './Badge.astro';
import Callout from './Callout.astro';
import Card from './Card.astro';
import CardGrid from './CardGrid.astro';
import CodeBlock from './CodeBlock.astro';
import Download from './Download.astro';
import Figure from './Figure.astro';
import Kbd from './Kbd.astro';
import Snippet from './Snippet.astro';
import Steps from './Steps.astro';
import TabItem from './TabItem.astro';
import Tabs from './Tabs.astro';
import Video from './Video.astro';

export const contentComponents = { Badge, Callout, Card, CardGrid, CodeBlock, Download, Figure, Kbd, Snippet, Steps, SupportHours, TabItem, Tabs, Video };
