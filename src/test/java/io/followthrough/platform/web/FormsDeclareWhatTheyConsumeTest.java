package io.followthrough.platform.web;

import io.followthrough.support.CompiledClasses;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation that reads form fields says which kind of body it takes. Without {@code @Consumes} a form
 * endpoint also takes a JSON or any other body, finds none of its fields in it and acts on "all empty": a malformed
 * request to the reminders form switched every reminder off, where it must be refused with 415.
 */
class FormsDeclareWhatTheyConsumeTest {

    @Test
    void everyOperationReadingFormFieldsDeclaresItsMediaType() {
        List<String> undeclared = new ArrayList<>();
        int forms = 0;
        for (Class<?> resource : CompiledClasses.annotatedWith(Path.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean changes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
                if (!changes || !readsFormFields(method)) {
                    continue;
                }
                forms++;
                if (!method.isAnnotationPresent(Consumes.class) && !resource.isAnnotationPresent(Consumes.class)) {
                    undeclared.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(forms > 30, "found only " + forms + " operations reading form fields");
        assertEquals(List.of(), undeclared);
    }

    private static boolean readsFormFields(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (isFormField(parameter) || MultivaluedMap.class.isAssignableFrom(parameter.getType())) {
                return true;
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    if (isFormField(field)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isFormField(AnnotatedElement element) {
        return element.isAnnotationPresent(RestForm.class) || element.isAnnotationPresent(FormParam.class);
    }
}
