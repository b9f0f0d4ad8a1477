// On the server (Node): the app's HTML, with the tags as written. Each widget
// renders once the package loads in the browser, and React hydrates around it.
import {renderToString} from 'react-dom/server';
import {ServerApp} from './ServerApp';

export function render(): string {
  return renderToString(<ServerApp />);
}
