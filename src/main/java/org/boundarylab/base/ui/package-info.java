/** The shell every screen shares: app shell (styles), main layout with role-aware navigation. */
package org.boundarylab.base.ui;
