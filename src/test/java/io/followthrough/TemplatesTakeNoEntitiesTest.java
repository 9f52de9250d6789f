package io.followthrough;

import io.followthrough.support.CompiledClasses;
import io.quarkus.qute.CheckedTemplate;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates are given records and views, never entities: a page renders what its service read, inside that service's
 * transaction, and rendering reads nothing from the database.
 */
class TemplatesTakeNoEntitiesTest {

    @Test
    void noCheckedTemplateIsGivenAnEntity() throws Exception {
        List<String> entities = new ArrayList<>();
        int templates = 0;
        for (Class<?> type : CompiledClasses.annotatedWith(CheckedTemplate.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isNative(method.getModifiers()) || !Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                templates++;
                for (Type parameter : method.getGenericParameterTypes()) {
                    for (Class<?> used : classesIn(parameter)) {
                        if (used.isAnnotationPresent(Entity.class)) {
                            entities.add(type.getName() + "." + method.getName() + " takes " + used.getSimpleName());
                        }
                    }
                }
            }
        }
        assertTrue(templates > 50, "found only " + templates + " templates");
        assertEquals(List.of(), entities);
    }

    private static List<Class<?>> classesIn(Type type) {
        List<Class<?>> classes = new ArrayList<>();
        if (type instanceof Class<?> c) {
            classes.add(c);
        } else if (type instanceof ParameterizedType p) {
            classesIn(p.getRawType()).forEach(classes::add);
            for (Type argument : p.getActualTypeArguments()) {
                classes.addAll(classesIn(argument));
            }
        }
        return classes;
    }
}
