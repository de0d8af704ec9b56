# A Jekyll plugin for `npm run test:jekyll` only: the filters and variables that the site's
# built-in includes use and Jekyll does not have, written as the site has them (lib/render/liquid.ts),
# so that Jekyll renders those includes as the site does and the two outputs can be compared.
require 'json'

module OracleFilters
  # "March 5, 2024": the site's local_date, in English.
  def local_date(input)
    return '' if input.nil? || input == ''
    time = input.respond_to?(:strftime) ? input : Jekyll::Utils.parse_date(input.to_s)
    time.utc.strftime('%B %-d, %Y')
  rescue StandardError
    ''
  end

  def oracle_field_values(item, field)
    return [] unless item.respond_to?(:[])
    value = item[field.to_s]
    return value.map(&:to_s) if value.is_a?(Array)
    value.nil? || value == '' ? [] : [value.to_s]
  end

  def group_names_by(items, field)
    return [] unless items.respond_to?(:flat_map)
    items.flat_map { |item| oracle_field_values(item, field) }.uniq.sort
  end

  def group_items_by(items, field)
    return [] unless items.respond_to?(:select)
    group_names_by(items, field).map { |name| items.select { |item| oracle_field_values(item, field).include?(name) } }
  end
end

Liquid::Template.register_filter(OracleFilters)

# The site's interface words (written by the test as _data/site_ui.json) and its base path, as the
# built-in includes read them.
Jekyll::Hooks.register [:pages, :documents], :pre_render do |doc, payload|
  payload['_ui'] = doc.site.data['site_ui'] || {}
  payload['_base_path'] = doc.site.baseurl.to_s
end
