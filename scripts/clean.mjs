// Empties the build outputs, so a file removed from src/ never lingers in dist/.
import {rmSync} from 'node:fs';

for (const path of ['dist', 'custom-elements.json']) rmSync(path, {recursive: true, force: true});
