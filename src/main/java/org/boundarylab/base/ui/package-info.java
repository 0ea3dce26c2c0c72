/** The shell every screen shares: app shell (styles), the main layout and its menu, and small shared components. */
@NamedInterface("ui")
package org.boundarylab.base.ui;

import org.springframework.modulith.NamedInterface;
