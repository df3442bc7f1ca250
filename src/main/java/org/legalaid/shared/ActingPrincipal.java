package org.legalaid.shared;

/**
 * An authenticated principal other than a signed-in staff member that acts as an {@link Actor}, such as a partner
 * agency calling the API with its key. The current actor of a request authenticated with it is {@link #actor()}.
 */
public interface ActingPrincipal {

	Actor actor();
}
