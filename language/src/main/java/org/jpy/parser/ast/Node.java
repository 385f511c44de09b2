package org.jpy.parser.ast;

/**
 * Root of the AST mirroring CPython 3.12's {@code Parser/Python.asdl} one to one: every ASDL sum type is a
 * sealed interface, every constructor a record nested in it, with fields in ASDL order (names in camelCase,
 * {@code decorator_list} is {@code decoratorList}). Optional fields are {@code null} when absent; sequences
 * are never {@code null} (empty lists instead). Pattern-matching {@code switch} over the sealed interfaces
 * replaces a visitor.
 */
public interface Node {
}
