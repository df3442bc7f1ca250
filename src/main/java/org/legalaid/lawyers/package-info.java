/**
 * The lawyer pool (product.md capability 5; legal-aid-rules.md §1, §6.3): undertaking organisations and the aid
 * providers recruited into a centre's pool against the region's criteria, renewed yearly, with their specialties,
 * regions served, languages, disciplinary records and workload. {@link org.legalaid.lawyers.LawyerPool} is the API
 * the assignment module chooses lawyers through: every provider serving a region, each with the reasons it cannot
 * take the case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lawyer pool")
package org.legalaid.lawyers;
