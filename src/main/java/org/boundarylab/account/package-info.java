/** Owns user accounts, roles, passwords, sign-in and the security configuration; ui/ signs in and administers users. */
package org.boundarylab.account;
