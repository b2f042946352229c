/**
 * Shared kernel: value types and the few exception types every module may use to say "not found" or
 * "this breaks a rule" without knowing how the web layer reports it. No behaviour, no beans.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.cotrain.shared;
