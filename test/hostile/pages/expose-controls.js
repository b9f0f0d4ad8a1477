// Makes ../support/controls.js callable from the Node side (page.evaluate).
import * as controls from '../support/controls.js';

window.pmControls = controls;
