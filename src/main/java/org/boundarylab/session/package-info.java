/** Owns live sessions: join codes, feedback modes, the room's step, reveal, discussion and the dashboard; ui/ their screens. */
package org.boundarylab.session;
