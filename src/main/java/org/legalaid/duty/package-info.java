/**
 * Duty lawyers (legal-aid-rules.md §8; product.md capability 7): the network's workstations at courts,
 * procuratorates, detention centres and public security organs serving as duty-lawyer stations, stationed or on call;
 * the duty roster of aid providers eligible as duty lawyers; the legal-help records §8.3 requires, with the D2
 * (forwarding an application within 24 hours) and D14 (notifying the duty lawyer within 24 hours) times; and the
 * figures per station and centre: people helped, applications forwarded, plea-leniency cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duty lawyers")
package org.legalaid.duty;
