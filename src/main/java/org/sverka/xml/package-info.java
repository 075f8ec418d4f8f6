/**
 * Reading XML that sverka did not write, safely (DTDs, external entities and entity expansion off). Plain Java.
 */
package org.sverka.xml;
