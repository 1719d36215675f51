package vn.ansinh.console.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Renders a console template with what every page needs: the viewer, their language's words and formatters. */
@ApplicationScoped
public class Pages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject Engine engine;

    TemplateInstance page(String name, Viewer viewer) {
        var template = engine.getTemplate("console/" + name);
        if (template == null) throw new IllegalStateException("no console template " + name);
        var language = viewer.language();
        return template.data("viewer", viewer).data("t", Messages.of(language)).data("lang", language.code())
                .data("fmt", new Formats(language));
    }

    static Response html(TemplateInstance page) {
        return Response.ok(page.render(), HTML).build();
    }

    static Response html(TemplateInstance page, int status) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }
}
