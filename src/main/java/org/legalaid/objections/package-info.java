/**
 * Objections to refusals of legal aid (LAL art. 49): recorded by centre staff, reviewed by the justice department
 * that set up the centre within five days (D15), decided by upholding the refusal or ordering a correction, with
 * the written decision and the further remedies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Objections")
package org.legalaid.objections;
