/**
 * Demo data for a first run: the legal-aid network of Gansu province down to county level, townships, villages,
 * workstations and liaison points around Jiayuguan and Lanzhou, and one account per role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.legalaid.demo;
