/** The admin's rule-base page: what is in force, and reloading it. */
package org.boundarylab.judgment.ui;
