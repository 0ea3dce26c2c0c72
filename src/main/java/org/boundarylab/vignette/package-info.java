/** Case vignettes: the model, the YAML format, validation, and the catalogue of loaded cases. */
package org.boundarylab.vignette;
