/**
 * The shell every page lives in: layout, role-based navigation, language switch, home page and the single
 * mapping of domain errors to error pages and RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.legalaid.portal;
