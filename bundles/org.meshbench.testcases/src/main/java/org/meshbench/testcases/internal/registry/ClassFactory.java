package org.meshbench.testcases.internal.registry;

/**
 * Creates the object a contribution names, typically by loading a class from the contributing
 * plug-in. Called once per test run.
 */
@FunctionalInterface
public interface ClassFactory {

    /**
     * @return a new instance
     * @throws Exception if the class cannot be loaded or instantiated
     */
    Object create() throws Exception;
}
