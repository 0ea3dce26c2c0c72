/**
 * Small protections every feature may use and that depend on no feature: slowing down guessing
 * (passwords, join codes) and refusing text that hides what it says.
 */
package org.boundarylab.protection;
