import {MORE_TARGETS} from './more-targets.js';
import {DEFAULT_TARGETS, type NetworkId, type ShareTarget} from './targets.js';

/** Every network at once, for what lists or exports them all (the builder, the HTML and email exports). */
export const TARGETS: Readonly<Record<NetworkId, ShareTarget>> = {...DEFAULT_TARGETS, ...MORE_TARGETS};
