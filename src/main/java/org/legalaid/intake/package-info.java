/**
 * Applications for legal aid from every channel: registration, materials and the one-time notice, evidence,
 * the decision within the legal time limit, and the letters that tell the applicant why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package org.legalaid.intake;
