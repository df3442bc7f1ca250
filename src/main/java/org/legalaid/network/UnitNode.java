package org.legalaid.network;

/** A unit as a node of the browsed tree: whether it has children decides whether it can be expanded. */
public record UnitNode(ServiceUnit unit, boolean hasChildren) {
}
