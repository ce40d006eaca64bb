package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.entity.Role;
import org.caremarket.web.control.IntroductionDesk;

/**
 * "Your introductions" (R14.35): a signed-in person's (or broker's) introductions to PAs, newest first, with their
 * status, and the PA's phone and email only once the PA has accepted. Signed out: to the sign-in page.
 */
@WebServlet(name = "IntroductionPages", urlPatterns = "/introductions")
public class IntroductionPages extends HttpServlet {

    @Inject
    Pages pages;

    @Inject
    IntroductionDesk desk;

    @Inject
    CurrentCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caller.get().isAnonymous()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/sign-in");
            return;
        }
        if (!caller.get().is(Role.PERSON) && !caller.get().is(Role.BROKER)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!request.getParameterMap().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.render(response, 200, "introductions.jte", PageMeta.of(request, "Your introductions to personal assistants",
                PageMeta.Section.ACCOUNT), Map.of("introductions", desk.mine(0)));
    }

    public static String status(String status) {
        return switch (status) {
            case "REQUESTED" -> "Waiting for an answer";
            case "ACCEPTED" -> "Accepted";
            case "DECLINED" -> "Declined";
            default -> "Withdrawn";
        };
    }

    public static String tag(String status) {
        return switch (status) {
            case "REQUESTED" -> "govuk-tag--blue";
            case "ACCEPTED" -> "govuk-tag--green";
            case "DECLINED" -> "govuk-tag--red";
            default -> "govuk-tag--grey";
        };
    }
}
