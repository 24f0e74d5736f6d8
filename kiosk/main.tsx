import { render } from 'preact';
import { App } from './app/App.tsx';
import { createServices } from './services.ts';
import './styles/tokens.css';
import './styles/global.css';
import './styles/linear-layout.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html must contain <div id="app">');
render(<App services={createServices()} />, root);
