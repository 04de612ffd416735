import site from './site';
import knowledgeBase from './knowledge-base';
import faq from './faq';
import content from './content';
import search from './search';
import community from './community';
import contact from './contact';
import languages from './languages';

/** Every message of the interface in Arabic. */
export default { site, knowledgeBase, faq, content, search, community, contact, languages };
