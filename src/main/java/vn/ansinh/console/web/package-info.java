/**
 * The officer and auditor console in the browser: server-rendered Qute pages under {@code /console}, with htmx for
 * the parts that change while people watch (upload progress, payments moving). Pages call the same domain services
 * as the API; the session is the API's own JWT, carried in an HttpOnly cookie whose path is {@code /console}.
 */
package vn.ansinh.console.web;
