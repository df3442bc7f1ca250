/**
 * Assignment (product.md capability 4): choosing an aid provider for a granted application or a notified criminal case
 * by the region's rules (experience, specialty, language, workload, conflict of interest) and by rotation, the
 * director's override with a reason, the provider's acceptance or decline, the assignment time limit (D6, D10) and the
 * assignment notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assignment")
package org.legalaid.assignment;
