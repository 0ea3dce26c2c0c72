/** Users, roles and security: who may open what, enforced in services as well as views. */
package org.boundarylab.account;
