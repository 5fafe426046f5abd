import { render } from 'preact';

render(<main><h1>options</h1></main>, document.getElementById('app')!);
