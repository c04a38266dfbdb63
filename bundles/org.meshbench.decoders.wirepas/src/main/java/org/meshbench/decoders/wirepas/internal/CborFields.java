package org.meshbench.decoders.wirepas.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;
import org.meshbench.decoders.DecodedField;

/** Turns CBOR items into fields, keeping each item's byte span. */
final class CborFields {

    private static final int FALSE = 20;
    private static final int TRUE = 21;
    private static final int NULL = 22;
    private static final int UNDEFINED = 23;

    private CborFields() {
    }

    /**
     * @param name the field name
     * @param item the item
     * @return the item as a field; arrays and maps become groups
     */
    static DecodedField field(String name, CborItem item) {
        DecodedField.Builder field = DecodedField.builder(name).span(item.offset(), item.length());
        switch (item) {
            case CborItem.Int number -> integer(field, number.value());
            case CborItem.Bytes bytes -> field.bytes(bytes.value());
            case CborItem.Text text -> field.value(text.value());
            case CborItem.FloatingPoint decimal -> field.value(decimal.value());
            case CborItem.Simple simple -> simple(field, simple.value());
            case CborItem.Array array -> arrayChildren(field, array, List.of());
            case CborItem.KeyValues map -> mapChildren(field, map);
            case CborItem.Tagged tagged -> field.display("tag " + tagged.tag()).child(field("value", tagged.item()));
        }
        return field.build();
    }

    /**
     * @param name the field name
     * @param array the array
     * @param elementNames names of the first elements; further elements are named {@code item[i]}
     * @return the array as a group with named children
     */
    static DecodedField namedArray(String name, CborItem.Array array, List<String> elementNames) {
        DecodedField.Builder field = DecodedField.builder(name).span(array.offset(), array.length());
        arrayChildren(field, array, elementNames);
        return field.build();
    }

    /** @return the item's value if it is an integer that fits a long */
    static OptionalLong longValue(CborItem item) {
        if (item instanceof CborItem.Int number && number.value().bitLength() < Long.SIZE) {
            return OptionalLong.of(number.value().longValue());
        }
        return OptionalLong.empty();
    }

    private static void integer(DecodedField.Builder field, BigInteger value) {
        if (value.bitLength() < Long.SIZE) {
            field.value(value.longValue());
        } else {
            field.value(value.toString());
        }
    }

    private static void simple(DecodedField.Builder field, int value) {
        switch (value) {
            case FALSE -> field.value(false);
            case TRUE -> field.value(true);
            case NULL -> field.display("null");
            case UNDEFINED -> field.display("undefined");
            default -> field.value(value).display("simple(" + value + ")");
        }
    }

    private static void arrayChildren(DecodedField.Builder field, CborItem.Array array, List<String> names) {
        List<CborItem> items = array.items();
        for (int i = 0; i < items.size(); i++) {
            String name = i < names.size() ? names.get(i) : Fields.indexed("item", i);
            field.child(field(name, items.get(i)));
        }
    }

    private static void mapChildren(DecodedField.Builder field, CborItem.KeyValues map) {
        List<CborItem.Entry> entries = map.entries();
        for (int i = 0; i < entries.size(); i++) {
            field.child(field(keyName(entries.get(i).key(), i), entries.get(i).value()));
        }
    }

    /** Integer and text keys become names; other keys (rare) get a positional name. */
    private static String keyName(CborItem key, int index) {
        if (key instanceof CborItem.Int number) {
            return number.value().toString();
        }
        if (key instanceof CborItem.Text text && !text.value().isBlank()) {
            return text.value().replace('/', '_');
        }
        return Fields.indexed("entry", index);
    }
}
