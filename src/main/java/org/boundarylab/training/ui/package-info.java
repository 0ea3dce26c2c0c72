/** The trainee's screens: the judgment screen, the end-of-case summary, and "my attempts". */
package org.boundarylab.training.ui;
