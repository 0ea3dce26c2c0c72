/** Live sessions: create and run them, join codes, modes, the room's version and its events, reveal, the discussion, the dashboard's figures. */
package org.boundarylab.session;
