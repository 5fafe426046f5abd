import { render } from 'preact';

render(<main><h1>popup</h1></main>, document.getElementById('app')!);
