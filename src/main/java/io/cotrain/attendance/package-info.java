/**
 * Training check-in (issue 6, in progress): the sessions of joint live and offline courses (the training module's
 * occurrences), rotating QR check-in, face terminals, joint presence, anti-proxy rules and corrections. So far: the
 * rotating QR codes ({@link io.cotrain.attendance.RotatingCodes}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance", allowedDependencies = { "runtime", "shared", "tenancy", "training", "employee", "portal", "notification", "files" })
package io.cotrain.attendance;
