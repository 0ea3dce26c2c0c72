/** The live session's screens, all following the room by push: sessions list, dashboard, projector, join screen, the trainee's session screen. */
package org.boundarylab.session.ui;
