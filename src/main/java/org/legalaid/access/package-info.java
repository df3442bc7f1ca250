/**
 * Access and audit: staff accounts bound to a service unit, roles, sign-in with lockout, the current actor and
 * its data scope, and the append-only audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access and audit")
package org.legalaid.access;
