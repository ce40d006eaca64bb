package org.caremarket.register.control;

import org.caremarket.platform.entity.NotFound;

public class UnknownProvider extends NotFound {
    public UnknownProvider(String id) {
        super("There is no provider with id " + id + ".");
    }
}
