/**
 * Internal: conversion between the API's typed messages and the generated protobuf classes, and
 * the checks every decoded payload goes through. Not API: may change without notice.
 */
package org.meshbench.protocol.internal.codec;
