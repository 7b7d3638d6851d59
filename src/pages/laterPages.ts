// What the pages after the start page need, in a chunk of its own: the start page's first load
// carries none of it, and it is fetched while the start page is read (see loadLaterPages).
export { BackLink } from '../components/BackLink';
export { StartOver } from '../components/StartOver';
export { OutcomePage } from './OutcomePage';
export { QuestionPage } from './QuestionPage';
