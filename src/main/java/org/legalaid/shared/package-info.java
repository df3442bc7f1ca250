/**
 * The few types every module needs: the current actor and its data scope, the scoped query gate,
 * the audit port, domain errors, paging and navigation entries. Keep it small.
 */
package org.legalaid.shared;
