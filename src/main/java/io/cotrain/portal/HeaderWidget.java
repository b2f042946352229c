package io.cotrain.portal;

/**
 * Something a module shows in the navigation bar of every page for signed-in users (e.g. the unread-notice count),
 * declared as a bean, so the shell renders it without depending on the module. The fragment is rendered in the
 * module's own template; it should load its figures itself (htmx), so pages do not compute them.
 *
 * @param template the module's template, e.g. {@code notification/inbox}
 * @param fragment the fragment in it, e.g. {@code badge}
 * @param order position, ascending
 */
public record HeaderWidget(String template, String fragment, int order) {
}
