/** Sign-in and user administration screens. */
package org.boundarylab.account.ui;
