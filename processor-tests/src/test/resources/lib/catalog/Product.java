package catalog;

public record Product(String sku, String name) {}
