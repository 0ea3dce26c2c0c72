/** Owns the cases: the vignette model and format, validation, versions, the catalogue, seeding, authoring and retiring; ui/ the library and editor. */
package org.boundarylab.vignette;
