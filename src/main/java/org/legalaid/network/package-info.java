/**
 * The service network: administrative divisions (GB/T 2260 and NBS statistical codes) and the service units
 * on them (legal-aid centres, workstations, liaison points) with the people attached to them. The unit tree
 * defines every record's data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service network")
package org.legalaid.network;
